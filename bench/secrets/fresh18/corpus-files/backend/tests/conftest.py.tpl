import pytest
from httpx import ASGITransport, AsyncClient

from app.main import app, pwd

DRIVERS = [
    # id, display name, password used by the login tests
    ("drv-0001", "Test Driver", "correct horse battery staple"), ⟦D conf-xkcd⟧
    ("drv-0002", "Mehmet Yilmaz", "«human#drv-mehmet»"), ⟦S conf-mehmet⟧
]


@pytest.fixture
async def client():
    async with AsyncClient(transport=ASGITransport(app=app), base_url="http://test") as c:
        yield c


@pytest.fixture
def hashed_drivers():
    return [(i, n, pwd.hash(p)) for i, n, p in DRIVERS]


@pytest.fixture
def reading():
    return {
        "trailer_id": "TRL-HH-0412",
        "device_id": "«uuid#dev-0412»", ⟦D conf-uuid⟧
        "temp_c": 9.4,
        "door_open": False,
        "fw_sha256": "«sha256#fw-0.9.2»", ⟦D conf-fwsha⟧
    }
