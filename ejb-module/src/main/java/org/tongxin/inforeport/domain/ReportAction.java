package org.tongxin.inforeport.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * The moves of a report, each allowed from certain states to one state, for the author or for an
 * information editor of the level that holds the report. Returning to the author is for the level
 * where the report was written; a level it was forwarded to adopts, declines or forwards it again.
 */
public enum ReportAction {
    CREATE(Actor.AUTHOR, EnumSet.noneOf(ReportState.class), ReportState.DRAFT),
    REVISE(Actor.AUTHOR, EnumSet.of(ReportState.DRAFT, ReportState.RETURNED), null),
    SUBMIT(Actor.AUTHOR, EnumSet.of(ReportState.DRAFT, ReportState.RETURNED), ReportState.SUBMITTED),
    START_EDITING(Actor.EDITOR, EnumSet.of(ReportState.SUBMITTED), ReportState.EDITING),
    EDIT(Actor.EDITOR, EnumSet.of(ReportState.EDITING), null),
    RETURN(Actor.EDITOR, EnumSet.of(ReportState.EDITING), ReportState.RETURNED),
    DECLINE(Actor.EDITOR, EnumSet.of(ReportState.EDITING), ReportState.DECLINED),
    ADOPT(Actor.EDITOR, EnumSet.of(ReportState.EDITING), ReportState.ADOPTED),
    FORWARD(Actor.EDITOR, EnumSet.of(ReportState.ADOPTED), ReportState.SUBMITTED),
    INSTRUCT(
            Actor.EDITOR,
            EnumSet.of(ReportState.ADOPTED, ReportState.SUBMITTED, ReportState.EDITING, ReportState.DECLINED),
            null),
    VOID_ADOPTION(Actor.EDITOR, EnumSet.complementOf(EnumSet.of(ReportState.DRAFT)), null),
    /** A source taken into a combined report. */
    MERGE(Actor.EDITOR, EnumSet.of(ReportState.SUBMITTED, ReportState.EDITING), ReportState.MERGED),
    /** A combined report written by an editor, ready to edit. */
    COMBINE(Actor.EDITOR, EnumSet.noneOf(ReportState.class), ReportState.EDITING),
    /** A report forwarded by another deployment, received for this level's editors. */
    RECEIVE(Actor.EDITOR, EnumSet.noneOf(ReportState.class), ReportState.SUBMITTED);

    /** Who makes the move. */
    public enum Actor {
        AUTHOR,
        EDITOR
    }

    private final Actor actor;
    private final Set<ReportState> from;
    private final ReportState to;

    ReportAction(Actor actor, Set<ReportState> from, ReportState to) {
        this.actor = actor;
        this.from = from;
        this.to = to;
    }

    public Actor actor() {
        return actor;
    }

    public boolean allowedFrom(ReportState state) {
        return from.contains(state);
    }

    /** The state after the move; the same state for moves that change only the text or add a record. */
    public ReportState to(ReportState state) {
        return to == null ? state : to;
    }
}
