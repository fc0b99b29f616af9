/** The leader dashboard's documents: the workbook (Apache POI) and the PDF (OpenPDF). */
package org.tongxin.home.infrastructure;
