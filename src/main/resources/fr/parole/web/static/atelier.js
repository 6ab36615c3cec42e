// The atelier's script, served from the jar. The pages work with htmx attributes and plain forms;
// this file only adds what HTML cannot say (the CSP forbids inline script).
"use strict";
