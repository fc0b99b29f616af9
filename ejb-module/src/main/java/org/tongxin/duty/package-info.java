/**
 * Duty context: the ledger of members' acts of duty, the rule sets that score them, categories, grades and
 * rankings. Other contexts credit it by firing {@link org.tongxin.duty.application.DutyEvent} (and
 * {@link org.tongxin.duty.application.DutyWithdrawn}); it reads the roster through
 * {@code org.tongxin.committee.application}.
 */
package org.tongxin.duty;
