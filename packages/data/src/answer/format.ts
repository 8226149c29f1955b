/** Dates as an answer gives them: at their precision, in words. */

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** A date at its precision: "2017", "April 2017", "20 January 2021". */
export function formatDate(value: string): string {
  const [year, month, day] = value.split("-");
  const name = month === undefined ? undefined : MONTHS[Number(month) - 1];
  if (name === undefined) return year ?? value;
  return day === undefined ? `${name} ${year}` : `${Number(day)} ${name} ${year}`;
}
