/** Platform aggregates (organisation tree, accounts), their rules, and the problems services report to the edges. */
package org.tongxin.platform.domain;
