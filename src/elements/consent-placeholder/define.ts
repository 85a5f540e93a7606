export function placehold(embed: Element): void {
  console.log(embed);
}
