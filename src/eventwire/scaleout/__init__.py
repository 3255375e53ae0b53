"""Scale-out: extraction shared out to a Dask cluster, records written by one driver."""

from .dask_ingest import AlreadyStored, dask_items
from .shards import Shard, plan_shards, read_shard

__all__ = ["AlreadyStored", "Shard", "dask_items", "plan_shards", "read_shard"]
