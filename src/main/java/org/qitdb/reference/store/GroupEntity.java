package org.qitdb.reference.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "org_group")
public class GroupEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "organization_code", nullable = false)
    public String organizationCode;

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(name = "parent_code")
    public String parentCode;

    public String url;
}
