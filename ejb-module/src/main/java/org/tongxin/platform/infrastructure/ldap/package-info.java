/** The directory login: the JDK's JNDI LDAP provider, its settings and the mapping of groups and attributes. */
package org.tongxin.platform.infrastructure.ldap;
