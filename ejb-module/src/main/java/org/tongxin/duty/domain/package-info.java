/** The ledger entry, the rule set and its terms, grades: the duty rules, free of any framework. */
package org.tongxin.duty.domain;
