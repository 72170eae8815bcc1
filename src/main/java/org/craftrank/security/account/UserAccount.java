package org.craftrank.security.account;

import org.craftrank.common.access.Role;

import io.quarkus.security.jpa.Password;
import io.quarkus.security.jpa.PasswordType;
import io.quarkus.security.jpa.Roles;
import io.quarkus.security.jpa.UserDefinition;
import io.quarkus.security.jpa.Username;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

/**
 * A person or machine client that can sign in. The password is a bcrypt hash in modular crypt format,
 * checked by quarkus-security-jpa's identity provider.
 */
@Entity
@Table(name = "user_account")
@UserDefinition
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Username
    public String username;

    @Password(PasswordType.MCF)
    @Column(name = "password_hash")
    public String passwordHash;

    /** Exactly one role; a string column because quarkus-security-jpa reads roles from it. */
    @Roles
    public String role;

    @Column(name = "display_name")
    public String displayName;

    /** For UNIT accounts: the recommending unit they act for. */
    @Column(name = "unit_id")
    public Long unitId;

    /** For EXPERT accounts: their expert record. */
    @Column(name = "expert_id")
    public Long expertId;

    /** For COMMITTEE accounts: the campaigns they sit on. */
    @ElementCollection
    @CollectionTable(name = "account_campaign", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "campaign_id")
    public Set<Long> campaignIds = new TreeSet<>();

    public boolean enabled;

    /** Created by the demo profile with a published password; production refuses to start while any exist. */
    public boolean demo;

    @Column(name = "created_at")
    public Instant createdAt;

    @Version
    public long version;

    public Role role() {
        return Role.valueOf(role);
    }
}
