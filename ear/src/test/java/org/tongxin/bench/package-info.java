/**
 * The benchmarks and their data, generated straight into PostgreSQL: a province's committees ({@link org.tongxin.bench.ProvinceData}),
 * its study hall ({@link org.tongxin.bench.StudyHallData}) and its information reports ({@link org.tongxin.bench.ReportData}).
 */
package org.tongxin.bench;
