package org.qitdb.reference.store;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import org.qitdb.common.JsonListConverter;

@Entity
@Table(name = "organization")
public class OrganizationEntity {

    @Id
    public String code;

    @Column(nullable = false, unique = true)
    public String slug;

    @Column(nullable = false)
    public String name;

    @Convert(converter = JsonListConverter.class)
    @Column(nullable = false)
    public List<String> aliases = List.of();

    public String url;
}
