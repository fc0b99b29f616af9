/** The benchmark's data: a province's committees generated straight into PostgreSQL ({@link org.tongxin.bench.ProvinceData}). */
package org.tongxin.bench;
