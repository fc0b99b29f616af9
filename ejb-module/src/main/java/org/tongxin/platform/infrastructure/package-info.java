/** Platform plumbing: schema migration, the Hibernate audit listener, start-up data, the clock. */
package org.tongxin.platform.infrastructure;
