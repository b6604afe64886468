/** A link as Trove sends them in `links` lists. */
export interface Link {
  href: string;
  rel: string;
}
