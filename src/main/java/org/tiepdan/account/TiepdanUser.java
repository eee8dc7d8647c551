package org.tiepdan.account;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in officer. Stored in the HTTP session, which lives in the database, so it is
 * serializable and carries no password.
 */
public final class TiepdanUser implements UserDetails {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Long id;
    private final String username;
    private final String fullName;
    private final List<RoleGrantView> grants;
    private final transient String passwordHash;
    private final boolean enabled;
    private final boolean nonLocked;

    public TiepdanUser(Long id, String username, String fullName, List<RoleGrantView> grants, String passwordHash,
            boolean enabled, boolean nonLocked) {
        this.id = id;
        this.username = username;
        this.fullName = fullName;
        this.grants = List.copyOf(grants);
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.nonLocked = nonLocked;
    }

    public Long id() {
        return id;
    }

    public String fullName() {
        return fullName;
    }

    public List<RoleGrantView> grants() {
        return grants;
    }

    public Set<Role> roles() {
        return grants.stream().map(RoleGrantView::role).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return nonLocked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TiepdanUser other && other.username.equals(username);
    }

    @Override
    public int hashCode() {
        return username.hashCode();
    }

    @Override
    public String toString() {
        return "TiepdanUser[" + username + "]";
    }
}
