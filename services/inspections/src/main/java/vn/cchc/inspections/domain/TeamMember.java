package vn.cchc.inspections.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Thành viên đoàn kiểm tra; {@code username} links a member to a realm user so that they see their inspections. */
@Entity
@Table(name = "team_member")
public class TeamMember {

    /** Trưởng đoàn, phó trưởng đoàn, thành viên, thư ký. */
    public enum Role {
        LEADER,
        DEPUTY,
        MEMBER,
        SECRETARY
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plan_id")
    private java.util.UUID planId;

    private String name;
    private String agency;

    @Enumerated(EnumType.STRING)
    private Role role;

    private String username;

    @Column(name = "sort_order")
    private int sortOrder;

    protected TeamMember() {}

    public TeamMember(java.util.UUID planId, String name, String agency, Role role, String username, int sortOrder) {
        this.planId = planId;
        this.name = name;
        this.agency = agency;
        this.role = role;
        this.username = username;
        this.sortOrder = sortOrder;
    }

    public Long getId() {
        return id;
    }

    public java.util.UUID getPlanId() {
        return planId;
    }

    public String getName() {
        return name;
    }

    public String getAgency() {
        return agency;
    }

    public Role getRole() {
        return role;
    }

    public String getUsername() {
        return username;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
