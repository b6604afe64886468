// string-width behind a static import: a dynamic import of that CommonJS package loses its default export's call
// signature in the CLI's split bundle.
import stringWidth from 'string-width';

export default stringWidth;
