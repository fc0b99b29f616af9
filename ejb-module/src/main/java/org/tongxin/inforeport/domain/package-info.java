/** Reports, their state machine, versions, path, adoptions and instructions. */
package org.tongxin.inforeport.domain;
