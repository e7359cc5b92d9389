// Progressive enhancement: the pages work without this; with it, GOV.UK Frontend's components (error summary
// focus, details, character counts) behave as on other government services.
import { initAll } from './govuk/govuk-frontend.min.js'

document.body.classList.add('govuk-frontend-supported')
initAll()
