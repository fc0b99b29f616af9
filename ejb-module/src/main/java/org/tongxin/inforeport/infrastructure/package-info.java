/** JPA storage of information reports and their demo year. */
package org.tongxin.inforeport.infrastructure;
