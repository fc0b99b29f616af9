/** Members, special committees and sectors; the rules of a member's committee, position and status changes. */
package org.tongxin.committee.domain;
