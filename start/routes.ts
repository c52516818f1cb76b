/*
| Routes are split by area; this file only loads them.
*/
import './routes/portal.js'
import './routes/api.js'
import './routes/forms.js'
import './routes/engine_rest.js'
import './routes/uploads.js'
import './routes/form_pages.js'
import './routes/cases.js'
import './routes/inbox.js'
import './routes/workspace.js'
import './routes/admin.js'
