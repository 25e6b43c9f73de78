from datetime import datetime, timedelta, timezone

import jwt
from fastapi import Depends, FastAPI, HTTPException, status
from fastapi.security import OAuth2PasswordBearer, OAuth2PasswordRequestForm
from passlib.context import CryptContext

from .alerts import check_excursion
from .db import get_session, Driver, Reading
from .settings import get_settings

app = FastAPI(title="Coldchain Sense fleet API", version="0.4.0")
pwd = CryptContext(schemes=["bcrypt"], deprecated="auto")
oauth2 = OAuth2PasswordBearer(tokenUrl="/auth/token")


@app.post("/auth/token")
async def login(form: OAuth2PasswordRequestForm = Depends(), session=Depends(get_session)):
    driver = await session.get(Driver, form.username)
    if driver is None or not pwd.verify(form.password, driver.password_hash): ⟦D main-verify⟧
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid username or password")
    s = get_settings()
    exp = datetime.now(timezone.utc) + timedelta(minutes=s.access_token_minutes)
    token = jwt.encode({"sub": driver.id, "exp": exp, "role": "driver"}, s.jwt_secret, algorithm=s.jwt_algorithm) ⟦D main-encode⟧
    return {"access_token": token, "token_type": "bearer"}


@app.post("/v1/readings", status_code=202)
async def ingest(reading: Reading, session=Depends(get_session)):
    session.add(reading)
    await session.commit()
    await check_excursion(reading)
    return {"ok": True}


@app.get("/healthz")
async def healthz():
    return {"status": "ok"}
