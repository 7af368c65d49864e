import { catalogue } from "./catalogue.js";

/** The closest shape names to a misspelt one, for "did you mean" messages. */
export function suggestShapes(name: string, limit = 3): string[] {
  const wanted = name.toLowerCase();
  return catalogue
    .map((shape) => ({ name: shape.name, distance: editDistance(wanted, shape.name.toLowerCase()) }))
    .filter(({ name: candidate, distance }) => distance <= Math.max(3, Math.floor(candidate.length / 3)) || candidate.toLowerCase().includes(wanted))
    .sort((left, right) => left.distance - right.distance)
    .slice(0, limit)
    .map((candidate) => candidate.name);
}

function editDistance(left: string, right: string): number {
  let previous = Array.from({ length: right.length + 1 }, (_, index) => index);
  for (let row = 1; row <= left.length; row++) {
    const current = [row];
    for (let column = 1; column <= right.length; column++) {
      const substitution = (previous[column - 1] ?? 0) + (left[row - 1] === right[column - 1] ? 0 : 1);
      current.push(Math.min((previous[column] ?? 0) + 1, (current[column - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[right.length] ?? 0;
}
