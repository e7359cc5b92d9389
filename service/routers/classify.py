"""``POST /v1/classify``: recommendations in, agencies, level, themes and department out (as ``dhr classify``)."""

from __future__ import annotations

from fastapi import APIRouter

from classification.classifier import load_classifier
from classification.glossary import with_glossary
from dhr.schema.classification import ClassifyRequest, ClassifyResponse
from service.deps import Caller
from service.errors import problem_responses

router = APIRouter(tags=["classify"], responses=problem_responses(401, 403, 422, 429))


@router.post("/classify", response_model=ClassifyResponse, summary="Label recommendations")
def classify(body: ClassifyRequest, principal: Caller) -> ClassifyResponse:
    """Agencies, level, themes and (national ones) department of each item. The level of a force- or
    county-wide addressee (police, fire, ICB, probation) depends on the commissioning CSP: an item's own
    ``csp``, else the request's, else the caller's CSP for a CSP key; without one, ``level_basis`` says the
    level was guessed from the text. A ``glossary`` (the report's initials and short names) is spelt out in
    every item first, so that "PCFT should ..." names the trust."""
    default = body.csp or (principal.csp if principal.role == "csp" else None)
    items = [it if it.csp or not default else it.model_copy(update={"csp": default}) for it in body.items]
    items = with_glossary(items, body.glossary)
    # a plain def: FastAPI runs it on its thread pool, so the CPU-bound batch does not hold the event loop
    data = load_classifier().predict(items)
    return ClassifyResponse(data=data, count=len(data))
