# Generated from chapters/en/preliminaries/install.md by `make examples`; do not edit.
# Run it: python examples/preliminaries/install.py

# %% [1] chapters/en/preliminaries/install.md:60
import importlib.util
import inspect
import warnings

import mxnet as mx
import numpy as np
from mxnet import nd

mx.random.seed(3)
np.random.seed(3)

# %% [2] chapters/en/preliminaries/install.md:75
print('MXNet', mx.__version__)
print('NumPy', np.__version__)
# Out:
# MXNet 1.9.1
# NumPy 1.23.5

# %% [3] chapters/en/preliminaries/install.md:84
print('GPUs visible to MXNet:', mx.context.num_gpus())
device = mx.gpu() if mx.context.num_gpus() > 0 else mx.cpu()
device
# Out:
# GPUs visible to MXNet: 0
# cpu(0)

# %% [4] chapters/en/preliminaries/install.md:94
x = nd.ones((2, 3))
x.context
# Out:
# cpu(0)

# %% [5] chapters/en/preliminaries/install.md:102
importlib.util.find_spec('mxbook') is not None
# Out:
# True

# %% [6] chapters/en/preliminaries/install.md:112
import mxnet.numpy.utils

source = inspect.getsource(mxnet.numpy.utils)
for number, line in enumerate(source.splitlines(), start=1):
    if 'onp.bool' in line:
        print(number, line)
# Out:
# 36 bool_ = onp.bool_
# 37 bool = onp.bool

# %% [7] chapters/en/preliminaries/install.md:129
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    alias = np.bool
print(alias is bool)
print([w.category.__name__ for w in caught])
# Out:
# True
# ['DeprecationWarning']
