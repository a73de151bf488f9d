// Fills the entry counts from the public API, as any other client would.
const response = await fetch('/api/v1/standards?size=1&facets=organization', { headers: { Accept: 'application/json' } });
if (response.ok) {
  const page = await response.json();
  document.getElementById('total').textContent = page.page.totalItems;
  const body = document.getElementById('by-organization');
  for (const { value, count } of page.facets.organization) {
    const row = body.insertRow();
    row.insertCell().textContent = value;
    const cell = row.insertCell();
    cell.textContent = count;
    cell.className = 'count';
  }
} else {
  document.getElementById('total').textContent = 'unknown number of';
}
