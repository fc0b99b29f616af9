/** The platform's REST API under /api/v1: thin resources that map records to JSON and call one service method. */
package org.tongxin.platform.api;
