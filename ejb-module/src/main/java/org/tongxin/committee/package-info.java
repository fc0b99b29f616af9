/** Committee context: members and special committees of each organisation (roster), and their dated history. */
package org.tongxin.committee;
