/** The committee context's read API for other systems: committees and members. */
package org.tongxin.committee.api;
