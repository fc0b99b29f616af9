/**
 * Proposals' application services: filing, review, assignment, answers and ratings, with roles and visibility checked,
 * and the duty ledger credited through {@code DutyEvent} in the same transaction as the acceptance.
 */
package org.tongxin.proposal.application;
