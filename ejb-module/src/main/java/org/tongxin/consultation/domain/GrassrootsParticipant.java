package org.tongxin.consultation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One person at the meeting, for one of the five parties: a member by roster id, the others by name. */
@Entity
@Table(name = "cs_grassroots_party")
public class GrassrootsParticipant {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cs_grassroots_party_seq")
    @SequenceGenerator(name = "cs_grassroots_party_seq", sequenceName = "cs_grassroots_party_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "topic_id", nullable = false, updatable = false)
    private GrassrootsTopic topic;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private FiveParty party;

    @Column(name = "member_id", updatable = false)
    private Long memberId;

    @Column(nullable = false, length = 64, updatable = false)
    private String name;

    @Column(nullable = false, updatable = false)
    private int position;

    protected GrassrootsParticipant() {}

    GrassrootsParticipant(GrassrootsTopic topic, FiveParty party, Long memberId, String name, int position) {
        this.topic = topic;
        this.party = party;
        this.memberId = memberId;
        this.name = name;
        this.position = position;
    }

    public FiveParty party() {
        return party;
    }

    public Long memberId() {
        return memberId;
    }

    public String name() {
        return name;
    }

    public int position() {
        return position;
    }
}
