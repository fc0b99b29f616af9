package org.tongxin.inforeport.domain;

/**
 * What a report's moves depend on beyond its own state, read from around it when a move is made or
 * shown: adoptions, a delivery under way, and where the level that holds it forwards to.
 *
 * @param adopted some level's adoption of the report stands (an instruction needs one)
 * @param adoptedHere the acting editor's level has a standing adoption of it (voiding needs one)
 * @param routed the holding level's parent is hosted by another deployment (a route leads there)
 * @param hasParent the holding level has a parent on this deployment
 * @param delivering a delivery already carries the report to another deployment
 */
public record MoveFacts(boolean adopted, boolean adoptedHere, boolean routed, boolean hasParent, boolean delivering) {

    /** Nothing around the report: no adoption, no delivery, and nowhere to forward it. */
    public static final MoveFacts NONE = new MoveFacts(false, false, false, false, false);

    /** The part the caller plays for a report: its first author, an editor of the level that holds it, an editor at all. */
    public record Part(boolean firstAuthor, boolean editorHere, boolean editor) {}
}
