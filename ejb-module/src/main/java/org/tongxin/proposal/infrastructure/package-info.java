/** Proposals in JPA (every query filtered in the database by what the caller may see) and the demo proposals. */
package org.tongxin.proposal.infrastructure;
