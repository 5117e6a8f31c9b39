// The demo page (index.html, `npm start`): registers the elements and wires the page.
import '../src/define.js';
import pkg from '../package.json';
import { wireDemo } from './demo-wiring.js';

wireDemo(document, { version: pkg.version });
