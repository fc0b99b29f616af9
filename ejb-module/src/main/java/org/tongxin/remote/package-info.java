/**
 * Remote EJB facades for the office's other Jakarta EE systems (issue 19, docs/integration.md): not a context of its
 * own, an edge like the REST API, over the contexts' application services.
 */
package org.tongxin.remote;
