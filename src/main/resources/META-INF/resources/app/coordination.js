// The coordination view (?view=coordination): the coordination group's register as the secretariat reads it before a
// meeting — upcoming and past meetings with their documents, liaison statements with overdue ones marked, the
// coordination questions with their answers, and every organization's participation — each filterable (the filters
// live in the URL, see state.js). With an API token, a coordinator registers an incoming liaison statement (with the
// representative it names) and records an SDO's answer to a question, through the same public API.
import { getOrganizations } from './api.js';
import { listGroups, listMeetings, listParticipation, listQuestions, listStatements, write } from './coordination-api.js';
import { byId, clear, formatNumber, h, plural } from './dom.js';

const TOKEN_KEY = 'qitdb-coordination-token';
const INCLUSION_LABELS = { agreed: 'Agreed', declined: 'Declined', none: 'No answer yet' };
const DOCUMENT_STATUS_LABELS = { presented: 'Presented', deferred: 'Deferred', noted: 'Noted' };

export function createCoordinationView(app) {
  const root = byId('view-coordination');
  root.append(...skeleton());
  let state = null;
  let generation = 0;
  let reference = { organizations: [], groups: [], statements: [], questions: [] };

  wireFilters();
  wireCoordinator();

  async function show(next) {
    state = next;
    const mine = ++generation;
    document.title = 'Coordination — qitdb';
    const f = next.coordination || {};
    syncControls(f);
    root.setAttribute('aria-busy', 'true');
    try {
      const [meetings, statements, allStatements, questions, participation, organizations, groups] = await Promise.all([
        listMeetings(f.meetings && f.meetings !== 'all' ? { when: f.meetings } : {}),
        listStatements({ direction: f.direction, status: f.statementStatus, overdue: f.overdue === 'true' ? 'true' : undefined }),
        listStatements(),
        listQuestions(f.questionStatus ? { status: f.questionStatus } : {}),
        listParticipation({
          inclusion: f.inclusion, representative: f.representative, overdue: f.late === 'true' ? 'true' : undefined,
          unanswered: f.unanswered,
        }, token()),
        getOrganizations().catch(() => []),
        listGroups().catch(() => []),
      ]);
      if (mine !== generation) return;
      reference = { organizations, groups, statements: allStatements.items, questions: questions.items };
      renderMeetings(meetings.items, f);
      renderStatements(statements.items);
      renderQuestions(questions.items);
      renderParticipation(participation.items, f);
      renderFormChoices();
      app.clearError();
    } catch (error) {
      if (mine !== generation) return;
      app.showError(error);
    } finally {
      if (mine === generation) root.removeAttribute('aria-busy');
    }
  }

  // ---- the skeleton and its controls

  function skeleton() {
    const select = (id, label, options) => h('div', { className: 'coordination-filter' },
      h('label', { htmlFor: id }, label),
      h('select', { id }, options.map(([value, text]) => h('option', { value }, text))));
    const check = (id, label) => h('div', { className: 'coordination-filter coordination-filter--check' },
      h('input', { type: 'checkbox', id }), h('label', { htmlFor: id }, label));
    return [
      h('h1', { id: 'coordination-heading' }, 'Coordination'),
      h('p', { className: 'lede' }, 'The coordination group\u2019s register: its meetings and their documents, liaison statements in '
        + 'and out, the coordination questions with the answers SDOs sent, and where each organization stands.'),
      coordinatorPanel(),
      h('section', { attrs: { 'aria-labelledby': 'meetings-heading' }, className: 'coordination-section' },
        h('h2', { id: 'meetings-heading' }, 'Meetings'),
        h('form', { className: 'coordination-filters', id: 'meetings-filters' },
          select('coordination-meetings', 'Show', [['all', 'upcoming and past'], ['upcoming', 'upcoming'], ['past', 'past']])),
        h('div', { id: 'coordination-meetings-list' })),
      h('section', { attrs: { 'aria-labelledby': 'statements-heading' }, className: 'coordination-section' },
        h('h2', { id: 'statements-heading' }, 'Liaison statements'),
        h('form', { className: 'coordination-filters', id: 'statements-filters' },
          select('coordination-direction', 'Direction', [['', 'in and out'], ['incoming', 'incoming'], ['outgoing', 'outgoing']]),
          select('coordination-statement-status', 'Status', [['', 'any status'], ['sent', 'sent'], ['received', 'received'],
            ['answered', 'answered'], ['closed', 'closed']]),
          check('coordination-overdue', 'overdue only')),
        h('div', { className: 'table-wrap' }, h('table', { id: 'coordination-statements', className: 'coordination-table' }))),
      h('section', { attrs: { 'aria-labelledby': 'questions-heading' }, className: 'coordination-section' },
        h('h2', { id: 'questions-heading' }, 'Coordination questions'),
        h('form', { className: 'coordination-filters', id: 'questions-filters' },
          select('coordination-question-status', 'Status', [['', 'open and closed'], ['open', 'open'], ['closed', 'closed']])),
        h('ol', { id: 'coordination-questions', className: 'questions' })),
      h('section', { attrs: { 'aria-labelledby': 'participation-heading' }, className: 'coordination-section' },
        h('h2', { id: 'participation-heading' }, 'Participation'),
        h('p', { className: 'hint' }, 'Each organization: its answer to the invitation to include its work in the database, its '
          + 'representatives, the meetings it was invited to and attended, the documents it contributed, the questions it '
          + 'answered and its entries in the database.'),
        h('form', { className: 'coordination-filters', id: 'participation-filters' },
          h('div', { className: 'coordination-filter' }, h('label', { htmlFor: 'coordination-party' }, 'Organization'),
            h('input', { type: 'search', id: 'coordination-party', placeholder: 'code or name', autocomplete: 'off' })),
          select('coordination-inclusion', 'Inclusion', [['', 'any answer'], ['agreed', 'agreed'], ['declined', 'declined'],
            ['none', 'no answer yet']]),
          select('coordination-unanswered', 'Has not answered', [['', 'any statement']]),
          check('coordination-representative', 'without a representative'),
          check('coordination-late', 'with overdue liaison')),
        h('p', { id: 'coordination-participation-count', className: 'result-count', attrs: { 'aria-live': 'polite' } }),
        h('div', { className: 'table-wrap' }, h('table', { id: 'coordination-participation', className: 'coordination-table' }))),
    ];
  }

  function wireFilters() {
    const set = (name, value) => app.navigate({ ...state, coordination: { ...(state.coordination || {}), [name]: value || undefined } },
      { replace: true });
    for (const form of root.querySelectorAll('.coordination-filters')) {
      form.addEventListener('submit', (e) => e.preventDefault());
    }
    byId('coordination-meetings').addEventListener('change', (e) => set('meetings', e.target.value === 'all' ? '' : e.target.value));
    byId('coordination-direction').addEventListener('change', (e) => set('direction', e.target.value));
    byId('coordination-statement-status').addEventListener('change', (e) => set('statementStatus', e.target.value));
    byId('coordination-overdue').addEventListener('change', (e) => set('overdue', e.target.checked ? 'true' : ''));
    byId('coordination-question-status').addEventListener('change', (e) => set('questionStatus', e.target.value));
    byId('coordination-inclusion').addEventListener('change', (e) => set('inclusion', e.target.value));
    byId('coordination-unanswered').addEventListener('change', (e) => set('unanswered', e.target.value));
    byId('coordination-representative').addEventListener('change', (e) => set('representative', e.target.checked ? 'false' : ''));
    byId('coordination-late').addEventListener('change', (e) => set('late', e.target.checked ? 'true' : ''));
    let typing;
    byId('coordination-party').addEventListener('input', (e) => {
      clearTimeout(typing);
      typing = setTimeout(() => set('party', e.target.value.trim()), 250);
    });
  }

  function syncControls(f) {
    byId('coordination-meetings').value = f.meetings || 'all';
    byId('coordination-direction').value = f.direction || '';
    byId('coordination-statement-status').value = f.statementStatus || '';
    byId('coordination-overdue').checked = f.overdue === 'true';
    byId('coordination-question-status').value = f.questionStatus || '';
    byId('coordination-inclusion').value = f.inclusion || '';
    byId('coordination-representative').checked = f.representative === 'false';
    byId('coordination-late').checked = f.late === 'true';
    const party = byId('coordination-party');
    if (document.activeElement !== party) party.value = f.party || '';
  }

  // ---- meetings

  function renderMeetings(meetings, f) {
    const container = clear(byId('coordination-meetings-list'));
    const shown = f.meetings || 'all';
    const groups = [['upcoming', 'Upcoming', meetings.filter((m) => m.upcoming)], ['past', 'Past', meetings.filter((m) => !m.upcoming)]]
      .filter(([name]) => shown === 'all' || shown === name);
    for (const [name, label, list] of groups) {
      // past meetings latest first
      const ordered = name === 'past' ? [...list].sort((a, b) => b.start.localeCompare(a.start)) : list;
      container.append(h('h3', { className: 'meetings__when' }, label),
        ...(ordered.length ? ordered.map(meetingCard) : [h('p', { className: 'hint' }, `No ${name} meeting.`)]));
    }
  }

  function meetingCard(m) {
    const where = [m.virtual ? 'virtual' : m.place, m.colocatedWith ? `co-located with ${m.colocatedWith}` : ''].filter(Boolean).join(', ');
    return h('article', { className: 'meeting', dataset: { code: m.code } },
      h('h4', {}, h('span', { className: 'meeting__code' }, m.code), ' ', m.title),
      h('p', { className: 'meeting__when' }, when(m.start, m.end), where ? ` · ${where}` : '',
        m.report ? [' · report ', h('code', {}, m.report)] : ''),
      m.notes ? h('p', { className: 'hint meeting__notes' }, m.notes) : '',
      m.documents.length ? h('table', { className: 'coordination-table meeting__documents' },
        h('caption', {}, `Documents (${m.documents.length})`),
        h('thead', {}, h('tr', {}, ['Source', 'Number', 'Title', 'Type', 'Status'].map((t) => h('th', { scope: 'col' }, t)))),
        h('tbody', {}, m.documents.map((d) => h('tr', { dataset: { status: d.status || '', source: party(d.source) } },
          h('td', {}, party(d.source)), h('td', {}, d.number ? h('code', {}, d.number) : '—'),
          h('td', {}, d.url ? h('a', { href: d.url, rel: 'noopener noreferrer' }, d.title || d.url) : (d.title || '—')),
          h('td', {}, d.type || '—'),
          h('td', {}, d.status ? h('span', { className: `badge badge--doc-${d.status}` }, DOCUMENT_STATUS_LABELS[d.status]) : '—'))))) : '',
      m.invited.length ? h('p', { className: 'meeting__invited' }, h('strong', {}, `Invited (${m.invited.length}): `),
        m.invited.map(party).join(', ')) : '',
      m.attended.length ? h('p', { className: 'meeting__attended' }, h('strong', {}, 'Attended: '), m.attended.map(party).join(', ')) : '');
  }

  // ---- statements

  function renderStatements(statements) {
    const table = clear(byId('coordination-statements'));
    table.append(h('caption', { className: 'visually-hidden' }, 'Liaison statements'),
      h('thead', {}, h('tr', {}, ['Reference', 'Direction', 'From', 'To', 'Date', 'Subject', 'Deadline', 'Status']
        .map((t) => h('th', { scope: 'col' }, t)))));
    const body = h('tbody', {});
    if (!statements.length) {
      body.append(h('tr', {}, h('td', { colSpan: 8, className: 'empty' }, 'No liaison statement under these filters.')));
    }
    for (const s of statements) {
      const to = s.to.length ? s.to.map(party).join(', ') : (s.audience || (s.broadcast ? 'every other organization' : '—'));
      const extra = [];
      if (s.direction === 'outgoing' && s.awaitingReplyFrom.length) {
        extra.push(h('details', { className: 'statement__awaiting' },
          h('summary', {}, `Awaiting a reply from ${plural(s.awaitingReplyFrom.length, 'organization', 'organizations')}`),
          h('p', {}, s.awaitingReplyFrom.join(', '))));
      }
      if (s.replies.length) {
        extra.push(h('p', { className: 'statement__replies' }, 'Replies: ', s.replies.map((r) => `${r.reference} (${party(r.from)}`
          + `${r.inclusion ? `, ${r.inclusion}` : ''})`).join('; ')));
      }
      if (s.inReplyTo) extra.push(h('p', { className: 'statement__reply-to' }, `In reply to ${s.inReplyTo}`));
      body.append(h('tr', { dataset: { reference: s.reference, overdue: String(s.overdue) }, className: s.overdue ? 'is-overdue' : '' },
        h('th', { scope: 'row' }, h('code', {}, s.reference)),
        h('td', {}, s.direction),
        h('td', {}, party(s.from)),
        h('td', { className: 'statement__to' }, to),
        h('td', { className: 'nowrap' }, s.date || '—'),
        h('td', {}, s.subject, s.inclusion ? h('span', { className: `tag tag--inclusion-${s.inclusion}` }, `inclusion ${s.inclusion}`) : '',
          extra),
        h('td', { className: 'nowrap' }, s.deadline || '—'),
        h('td', { className: 'nowrap' }, s.status, s.overdue ? h('span', { className: 'tag tag--overdue' }, 'overdue') : '')));
    }
    table.append(body);
  }

  // ---- questions

  function renderQuestions(questions) {
    const list = clear(byId('coordination-questions'));
    if (!questions.length) list.append(h('li', { className: 'hint' }, 'No question under these filters.'));
    for (const q of questions) {
      list.append(h('li', { value: q.number, dataset: { number: String(q.number), answers: String(q.answerCount) }, className: 'question' },
        h('details', {},
          h('summary', {}, h('span', { className: 'question__text' }, q.text), ' ',
            h('span', { className: 'badge badge--answers' }, plural(q.answerCount, 'answer', 'answers')),
            q.status === 'closed' ? h('span', { className: 'tag' }, 'closed') : ''),
          q.answers.length ? h('ul', { className: 'answers' }, q.answers.map((a) => h('li', { dataset: { organization: a.organization } },
            h('strong', {}, party(a)), a.date ? ` (${a.date})` : '', a.via ? ` via ${a.via}` : '', ': ', a.summary)))
            : h('p', { className: 'hint' }, 'No answer yet.'))));
    }
  }

  // ---- participation

  function renderParticipation(rows, f) {
    const needle = (f.party || '').toLowerCase();
    const shown = needle ? rows.filter((r) => r.organization.toLowerCase().includes(needle) || r.name.toLowerCase().includes(needle)) : rows;
    byId('coordination-participation-count').textContent = plural(shown.length, 'organization', 'organizations');
    const table = clear(byId('coordination-participation'));
    table.append(h('caption', { className: 'visually-hidden' }, 'Participation of each organization'),
      h('thead', {}, h('tr', {}, ['Organization', 'Inclusion', 'Representative', 'Meetings', 'Contributions', 'Answers', 'Entries',
        'Overdue liaison'].map((t) => h('th', { scope: 'col' }, t)))));
    const body = h('tbody', {});
    if (!shown.length) body.append(h('tr', {}, h('td', { colSpan: 8, className: 'empty' }, 'No organization under these filters.')));
    for (const r of shown) {
      const inclusion = r.host ? h('span', { className: 'badge badge--host' }, 'Host')
        : h('span', { className: `badge badge--inclusion-${r.inclusion.status}` }, INCLUSION_LABELS[r.inclusion.status]);
      const representatives = r.representatives.length
        ? r.representatives.map((p) => h('div', {}, p.name, h('span', { className: 'hint' }, ` (${p.group})`)))
        : h('span', { className: 'hint' }, 'none');
      const meetings = [r.meetingsInvited.length ? `invited: ${r.meetingsInvited.join(', ')}` : '',
        r.meetingsAttended.length ? `attended: ${r.meetingsAttended.join(', ')}` : ''].filter(Boolean).join('; ') || '—';
      const entries = r.entries === undefined ? h('span', { className: 'hint', title: 'not public under the inclusion policy' }, 'not public')
        : h('a', { href: app.listUrl({ organization: [r.organization] }), dataset: { internal: '' } }, formatNumber(r.entries));
      body.append(h('tr', { dataset: { organization: r.organization, inclusion: r.inclusion.status } },
        h('th', { scope: 'row' }, h('strong', {}, r.organization), h('div', { className: 'hint participation__name' }, r.name)),
        h('td', { className: 'participation__inclusion' }, inclusion,
          r.inclusion.answer ? h('div', { className: 'hint' }, `by ${r.inclusion.answer.reference}`) : ''),
        h('td', { className: 'participation__representatives' }, representatives,
          r.groupsWithoutRepresentative.length ? h('div', { className: 'hint' }, `no contact point: ${r.groupsWithoutRepresentative.join(', ')}`) : ''),
        h('td', { className: 'participation__meetings' }, meetings),
        h('td', { className: 'participation__documents' }, formatNumber(r.documents)),
        h('td', { className: 'participation__answers' }, formatNumber(r.questionsAnswered)),
        h('td', { className: 'participation__entries' }, entries),
        h('td', { className: 'participation__overdue' }, r.overdueLiaisons.length
          ? r.overdueLiaisons.map((o) => h('div', {}, h('span', { className: 'tag tag--overdue' }, 'overdue'), ` ${o.reference} (${o.deadline})`))
          : '—')));
    }
    table.append(body);
  }

  // ---- the coordinator's forms

  function token() {
    return sessionStorage.getItem(TOKEN_KEY) || '';
  }

  function coordinatorPanel() {
    const field = (id, label, control, hint) => h('div', { className: 'form-field' }, h('label', { htmlFor: id }, label), control,
      hint ? h('span', { className: 'hint' }, hint) : '');
    const input = (id, props = {}) => h('input', { id, name: id, autocomplete: 'off', ...props });
    const select = (id, options = []) => h('select', { id, name: id }, options.map(([v, t]) => h('option', { value: v }, t)));
    return h('details', { className: 'coordinator', id: 'coordinator' },
      h('summary', {}, 'Coordinator: register statements and answers'),
      h('form', { id: 'coordinator-token-form', className: 'coordinator__token' },
        field('coordinator-token', 'API token', input('coordinator-token', { type: 'password' }),
          'an admin token, or an editor token of the organization whose statement or answer it is; kept in this tab only'),
        h('button', { type: 'submit' }, 'Use token'), ' ',
        h('button', { type: 'button', id: 'coordinator-forget', className: 'button--secondary' }, 'Forget token')),
      h('p', { id: 'coordinator-status', attrs: { role: 'status' } }),
      h('div', { id: 'coordinator-forms', hidden: true },
        h('form', { id: 'statement-form', className: 'coordination-form' },
          h('h2', {}, 'Register an incoming liaison statement'),
          field('statement-reference', 'Reference', input('statement-reference', { required: true, maxLength: 200 })),
          field('statement-organization', 'From organization', select('statement-organization')),
          field('statement-group', 'Group', select('statement-group')),
          field('statement-date', 'Date', input('statement-date', { type: 'date' })),
          field('statement-subject', 'Subject', input('statement-subject', { required: true, maxLength: 1000 })),
          field('statement-purpose', 'Purpose', select('statement-purpose', [['', '—'], ['action', 'action'], ['comment', 'comment'],
            ['information', 'information']])),
          field('statement-reply-to', 'In reply to', select('statement-reply-to')),
          field('statement-inclusion', 'Inclusion in the database', select('statement-inclusion', [['', 'not answered in this statement'],
            ['agreed', 'agrees'], ['declined', 'declines']])),
          h('fieldset', { className: 'coordination-form__group' }, h('legend', {}, 'The representative it names (optional)'),
            field('statement-rep-name', 'Name', input('statement-rep-name', { maxLength: 200 })),
            field('statement-rep-role', 'Role', input('statement-rep-role', { maxLength: 200 })),
            field('statement-rep-affiliation', 'Affiliation', input('statement-rep-affiliation', { maxLength: 300 })),
            field('statement-rep-email', 'Email', input('statement-rep-email', { type: 'email', maxLength: 254 }))),
          h('button', { type: 'submit' }, 'Register statement'),
          h('div', { className: 'form-result', id: 'statement-result', attrs: { 'aria-live': 'polite' } })),
        h('form', { id: 'answer-form', className: 'coordination-form' },
          h('h2', {}, 'Record an answer to a coordination question'),
          field('answer-question', 'Question', select('answer-question')),
          field('answer-organization', 'Organization', select('answer-organization')),
          field('answer-group', 'Group', select('answer-group')),
          field('answer-via', 'Via', input('answer-via', { attrs: { list: 'answer-via-references' }, maxLength: 200 }),
            'the liaison statement or meeting document it came with'),
          h('datalist', { id: 'answer-via-references' }),
          field('answer-date', 'Date', input('answer-date', { type: 'date' })),
          field('answer-summary', 'Summary', h('textarea', { id: 'answer-summary', name: 'answer-summary', required: true, rows: 3,
            maxLength: 4000 })),
          h('button', { type: 'submit' }, 'Record answer'),
          h('div', { className: 'form-result', id: 'answer-result', attrs: { 'aria-live': 'polite' } }))));
  }

  function wireCoordinator() {
    const refreshStatus = () => {
      const has = Boolean(token());
      byId('coordinator-forms').hidden = !has;
      byId('coordinator-status').textContent = has ? 'A token is set: the forms below write with it.' : 'No token set: reading only.';
    };
    byId('coordinator-token-form').addEventListener('submit', (e) => {
      e.preventDefault();
      const value = byId('coordinator-token').value.trim();
      if (value) sessionStorage.setItem(TOKEN_KEY, value);
      byId('coordinator-token').value = '';
      refreshStatus();
      if (state) show(state);
    });
    byId('coordinator-forget').addEventListener('click', () => {
      sessionStorage.removeItem(TOKEN_KEY);
      refreshStatus();
      if (state) show(state);
    });
    byId('statement-organization').addEventListener('change', () => fillGroups('statement-organization', 'statement-group'));
    byId('answer-organization').addEventListener('change', () => fillGroups('answer-organization', 'answer-group'));
    byId('statement-form').addEventListener('submit', (e) => {
      e.preventDefault();
      submitting(e.target, 'statement-result', registerStatement);
    });
    byId('answer-form').addEventListener('submit', (e) => {
      e.preventDefault();
      submitting(e.target, 'answer-result', recordAnswer);
    });
    refreshStatus();
  }

  async function submitting(form, resultId, action) {
    const result = clear(byId(resultId));
    const button = form.querySelector('button[type="submit"]');
    button.disabled = true;
    try {
      const message = await action();
      result.append(h('p', { className: 'form-result__ok' }, message));
      await show(state);
    } catch (error) {
      result.append(h('p', { className: 'form-result__error', attrs: { role: 'alert' } },
        error.problem?.detail || error.message || 'The service could not be reached.'),
      (error.problem?.errors || []).length ? h('ul', {}, error.problem.errors.map((fe) => h('li', {}, `${fe.field}: ${fe.message}`))) : '');
    } finally {
      button.disabled = false;
    }
  }

  /** The statement, and first the representative it names (removed again when the statement is refused). */
  async function registerStatement() {
    const value = (id) => byId(id).value.trim();
    const organization = value('statement-organization');
    const group = value('statement-group');
    const ref = value('statement-reference');
    const repName = value('statement-rep-name');
    if (repName && !group) {
      throw new Error('Choose the group the named representative is the contact point of.');
    }
    let representative = null;
    if (repName) {
      representative = await write('POST', '/representatives', compact({
        organization, group, name: repName, role: value('statement-rep-role'), affiliation: value('statement-rep-affiliation'),
        email: value('statement-rep-email'), since: value('statement-date'), appointedBy: ref,
      }), token());
    }
    try {
      const statement = await write('POST', '/liaison-statements', compact({
        reference: ref, direction: 'incoming', from: compact({ organization, group }), date: value('statement-date'),
        subject: value('statement-subject'), purpose: value('statement-purpose'), inReplyTo: value('statement-reply-to'),
        inclusion: value('statement-inclusion'),
        to: [{ organization: 'ITU-T', group: 'JCA-QKDN' }],
        concerns: representative ? { representatives: [representative.id] } : undefined,
      }), token());
      byId('statement-form').reset();
      return `Registered ${statement.reference}${representative ? ` with its representative ${representative.name}` : ''}.`;
    } catch (error) {
      if (representative) await write('DELETE', `/representatives/${representative.id}`, undefined, token()).catch(() => {});
      throw error;
    }
  }

  async function recordAnswer() {
    const value = (id) => byId(id).value.trim();
    const questionId = value('answer-question');
    const answer = compact({
      organization: value('answer-organization'), group: value('answer-group'), via: value('answer-via'), date: value('answer-date'),
      summary: value('answer-summary'),
    });
    const question = await write('POST', `/coordination-questions/${encodeURIComponent(questionId)}/answers`, answer, token());
    byId('answer-form').reset();
    return `Recorded the answer of ${[answer.organization, answer.group].filter(Boolean).join(' ')} to question ${question.number}.`;
  }

  function renderFormChoices() {
    const organizations = [...reference.organizations].sort((a, b) => a.code.localeCompare(b.code));
    for (const id of ['statement-organization', 'answer-organization']) {
      keepValue(id, () => organizations.map((o) => h('option', { value: o.code }, `${o.code} — ${o.name}`)));
    }
    fillGroups('statement-organization', 'statement-group');
    fillGroups('answer-organization', 'answer-group');
    keepValue('statement-reply-to', () => [h('option', { value: '' }, 'not a reply'),
      ...reference.statements.filter((s) => s.direction === 'outgoing').map((s) => h('option', { value: s.reference },
        `${s.reference} — ${s.subject}`))]);
    keepValue('answer-question', () => reference.questions.map((q) => h('option', { value: q.id }, `${q.number}. ${q.text}`)));
    keepValue('coordination-unanswered', () => [h('option', { value: '' }, 'any statement'),
      ...reference.statements.filter((s) => s.direction === 'outgoing').map((s) => h('option', { value: s.reference }, s.reference))],
    state.coordination?.unanswered || '');
    clear(byId('answer-via-references')).append(...reference.statements.map((s) => h('option', { value: s.reference })));
  }

  function fillGroups(organizationId, groupId) {
    const code = byId(organizationId).value;
    keepValue(groupId, () => [h('option', { value: '' }, 'the whole organization'),
      ...reference.groups.filter((g) => g.organization === code).map((g) => h('option', { value: g.code }, g.code))]);
  }

  /** Replaces a select's options, keeping its value when it is still one of them (or choosing {@code wanted}). */
  function keepValue(id, options, wanted) {
    const select = byId(id);
    const previous = wanted === undefined ? select.value : wanted;
    select.replaceChildren(...options());
    if ([...select.options].some((o) => o.value === previous)) select.value = previous;
  }

  return { show };
}

/** "ETSI ISG QKD", "CCSA" */
function party(p) {
  return p.group ? `${p.organization} ${p.group}` : p.organization;
}

/** "2023-03-22 13:00–14:30 (UTC+01:00)", in the meeting's own offset. */
function when(start, end) {
  const [day, time] = start.split('T');
  const hm = (t) => t.slice(0, 5);
  const offset = start.match(/([+-]\d\d:\d\d|Z)$/)?.[1] || '';
  let text = `${day} ${hm(time)}`;
  if (end) {
    const [endDay, endTime] = end.split('T');
    text += endDay === day ? `–${hm(endTime)}` : ` – ${endDay} ${hm(endTime)}`;
  }
  return `${text} (UTC${offset === 'Z' ? '' : offset})`;
}

/** The object without empty values: absent fields are left out, not sent empty. */
function compact(object) {
  return Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined && v !== null && v !== ''));
}
