/** Dates as an answer gives them: at their precision, in words. */

/** The months' names, January first. */
export const monthNames: readonly string[] = [
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

/** The months' names as a question's words fold them ("january"), January first. */
export const foldedMonthNames: readonly string[] = monthNames.map((m) => m.toLowerCase());

/** A date at its precision: "2017", "April 2017", "20 January 2021", "between April 2017 and December 2020". */
export function formatDate(value: string): string {
  // A date known only within bounds ("2017-04/2020-12") is an ISO 8601 interval.
  const [from, to] = value.split("/");
  if (to !== undefined && from !== undefined) return `between ${formatDate(from)} and ${formatDate(to)}`;
  const [year, month, day] = value.split("-");
  const name = month === undefined ? undefined : monthNames[Number(month) - 1];
  if (name === undefined) return year ?? value;
  return day === undefined ? `${name} ${year}` : `${Number(day)} ${name} ${year}`;
}
