package org.tiepdan.account.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.tiepdan.account.Role;

@Entity
@Table(name = "role_grant")
public class RoleGrant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "user_id")
    private UserAccount account;
    @Enumerated(EnumType.STRING)
    private Role role;
    private Long unitId;

    protected RoleGrant() {
    }

    RoleGrant(UserAccount account, Role role, Long unitId) {
        this.account = account;
        this.role = role;
        this.unitId = unitId;
    }

    public Long id() {
        return id;
    }

    public Role role() {
        return role;
    }

    public Long unitId() {
        return unitId;
    }
}
