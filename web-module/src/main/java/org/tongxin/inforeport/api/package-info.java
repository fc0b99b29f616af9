/** {@code /api/v1/reports}: information reports and their moves. */
package org.tongxin.inforeport.api;
