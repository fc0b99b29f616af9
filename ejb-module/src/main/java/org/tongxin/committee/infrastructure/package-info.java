/** JPA repositories, the pinyin name index and the demo roster of the committee context. */
package org.tongxin.committee.infrastructure;
