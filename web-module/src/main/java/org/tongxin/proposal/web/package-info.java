/** Proposals' pages: a member's proposals and the writing form, the office's queues, a unit's list, a proposal's page. */
package org.tongxin.proposal.web;
