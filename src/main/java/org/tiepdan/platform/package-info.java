/**
 * What every module shares: the embedded PostgreSQL bootstrap, the one error model
 * ({@code DomainException}, problem details), {@code Dates}, {@code Settings}, {@code Pager},
 * {@code OfficialDocx}/{@code OfficialXlsx} (NĐ 30/2020 layout), {@code HtmlPdf}, ShedLock and the
 * demo-data runner. It depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.tiepdan.platform;
