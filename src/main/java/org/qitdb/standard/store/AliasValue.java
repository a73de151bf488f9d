package org.qitdb.standard.store;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** One alias of a standard: as written, and its comparison key (unique within the organization). */
@Embeddable
public class AliasValue {

    @Column(name = "organization_code", nullable = false)
    public String organizationCode;

    @Column(name = "alias", nullable = false)
    public String alias;

    @Column(name = "alias_key", nullable = false)
    public String aliasKey;

    public AliasValue() {
    }

    public AliasValue(String organizationCode, String alias, String aliasKey) {
        this.organizationCode = organizationCode;
        this.alias = alias;
        this.aliasKey = aliasKey;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AliasValue other && Objects.equals(organizationCode, other.organizationCode)
                && Objects.equals(alias, other.alias) && Objects.equals(aliasKey, other.aliasKey);
    }

    @Override
    public int hashCode() {
        return Objects.hash(organizationCode, alias, aliasKey);
    }
}
