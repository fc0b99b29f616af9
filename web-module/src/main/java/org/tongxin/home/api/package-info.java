/** GET /api/v1/me/home: the home page's facts as JSON. */
package org.tongxin.home.api;
