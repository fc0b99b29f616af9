/** Proposals' REST resource under /api/v1/proposals. */
package org.tongxin.proposal.api;
