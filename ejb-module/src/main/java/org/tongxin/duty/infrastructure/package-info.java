/** The JPA ledger and the demo duty year. */
package org.tongxin.duty.infrastructure;
