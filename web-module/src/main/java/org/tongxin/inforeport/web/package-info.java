/** The information reports' pages: the list, writing, and a report with its moves, path and changes. */
package org.tongxin.inforeport.web;
