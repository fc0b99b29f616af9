/**
 * Social-condition and public-opinion information (社情民意信息): reports written by members, edited,
 * returned, declined or adopted by each level's information editors, forwarded up the committee tree,
 * instructed on by leaders, and credited to the authors' duty records.
 */
package org.tongxin.inforeport;
